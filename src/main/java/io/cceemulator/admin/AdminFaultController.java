package io.cceemulator.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.error.AdminException;
import io.cceemulator.fault.FaultPlan;
import io.cceemulator.fault.FaultRegistry;
import io.cceemulator.web.ApiSurface;

/** Fault plans: install, list, remove one, clear all. */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX)
class AdminFaultController {

	private final FaultRegistry faults;

	AdminFaultController(FaultRegistry faults) {
		this.faults = faults;
	}

	@GetMapping("/faults")
	List<FaultPlan> faults() {
		return this.faults.list();
	}

	@PostMapping("/faults")
	@ResponseStatus(HttpStatus.CREATED)
	FaultPlan add(@RequestBody FaultPlan plan) {
		try {
			return this.faults.add(plan);
		}
		catch (IllegalArgumentException ex) {
			throw AdminException.badRequest("fault plan: " + ex.getMessage());
		}
	}

	@DeleteMapping("/faults/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable("id") String id) {
		if (!this.faults.remove(id)) {
			throw AdminException.notFound("fault " + id + " not found");
		}
	}

	@DeleteMapping("/faults")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear() {
		this.faults.clear();
	}

}
