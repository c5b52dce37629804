package io.cceemulator.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.data.DataEdits;
import io.cceemulator.data.EmulatorData.ServerData;
import io.cceemulator.data.InvalidDataException;
import io.cceemulator.error.AdminException;
import io.cceemulator.state.Node;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Server;
import io.cceemulator.state.StateStore;
import io.cceemulator.web.ApiSurface;

/**
 * A project's ECS servers, in the data file's format, with the node each one runs (if any): free servers are what
 * AddNode and AddNodesToNodePool accept. Creating one is an edit of its own while no other project is written, so
 * ids stay unique across projects.
 */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX + "/projects/{project_id}/servers")
class AdminServerController {

	/** A server and where it is used: {@code nodeId} and {@code clusterId} are null for a free server. */
	record ServerView(@JsonUnwrapped ServerData server, String nodeId, String clusterId) {

		static ServerView of(ProjectState state, Server server) {
			Node node = state.nodeOn(server.id()).orElse(null);
			return new ServerView(DataEdits.asData(server), (node != null) ? node.id() : null,
					(node != null) ? node.clusterId() : null);
		}

	}

	private final StateStore store;

	AdminServerController(StateStore store) {
		this.store = store;
	}

	@GetMapping
	List<ServerView> list(@PathVariable("project_id") String projectId,
			@RequestParam(name = "free", required = false) Boolean free) {
		ProjectState state = this.store.read(projectId);
		return state.servers()
			.stream()
			.filter((s) -> free == null || free == state.nodeOn(s.id()).isEmpty())
			.map((s) -> ServerView.of(state, s))
			.toList();
	}

	@GetMapping("/{server_id}")
	ServerView show(@PathVariable("project_id") String projectId, @PathVariable("server_id") String serverId) {
		ProjectState state = this.store.read(projectId);
		return ServerView.of(state, state.server(serverId).orElseThrow(() -> notFound(projectId, serverId)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ServerView create(@PathVariable("project_id") String projectId, @RequestBody ServerData body) {
		return this.store.writeAlone(projectId, (tx) -> {
			Set<String> usedIps = new HashSet<>();
			tx.state().servers().forEach((s) -> usedIps.add(s.privateIp()));
			Server server;
			try {
				server = DataEdits.server(projectId, body, tx.state().clusters(), tx.now(), (id) -> false, usedIps);
			}
			catch (InvalidDataException ex) {
				throw AdminException.badRequest(ex.getMessage());
			}
			if (tx.isTaken(server.id())) {
				throw AdminException.conflict("server " + server.id() + " exists already");
			}
			tx.put(server);
			return ServerView.of(tx.state(), server);
		});
	}

	/** A server a node runs on is not deleted: delete or remove the node first. */
	@DeleteMapping("/{server_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable("project_id") String projectId, @PathVariable("server_id") String serverId) {
		this.store.writeAlone(projectId, (tx) -> {
			tx.state().server(serverId).orElseThrow(() -> notFound(projectId, serverId));
			tx.state().nodeOn(serverId).ifPresent((node) -> {
				throw AdminException.conflict("server " + serverId + " runs node " + node.id() + " of cluster "
						+ node.clusterId() + "; delete or remove the node first");
			});
			tx.removeServer(serverId);
			return null;
		});
	}

	private static AdminException notFound(String projectId, String serverId) {
		return AdminException.notFound("server " + serverId + " not found in project " + projectId);
	}

}
