package io.cceemulator.fault;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import io.cceemulator.error.FaultException;
import io.cceemulator.error.GatewayError;
import io.cceemulator.error.Refusal;
import io.cceemulator.state.JobFailure;
import io.cceemulator.state.JobRequest;
import io.cceemulator.system.Ids;
import io.cceemulator.web.CallAttributes;

/** The installed fault plans, applied in the order they were installed. */
@Component
public class FaultRegistry implements JobFailure.Source {

	private final List<ActiveFault> faults = new CopyOnWriteArrayList<>();

	private final Clock clock;

	FaultRegistry(Clock clock) {
		this.clock = clock;
	}

	/** Installs a plan; throws IllegalArgumentException naming what is wrong with it. */
	public FaultPlan add(FaultPlan plan) {
		String id = (plan.id() != null && !plan.id().isBlank()) ? plan.id() : Ids.uuid();
		if (this.faults.stream().anyMatch((f) -> f.plan.id().equals(id))) {
			throw new IllegalArgumentException("a fault with id " + id + " is installed already");
		}
		ActiveFault fault = new ActiveFault(new FaultPlan(id, plan.kind(), plan.operation(), plan.method(),
				plan.path(), plan.after(), plan.times(), null, plan.status(), plan.errorCode(), plan.message(), plan.delayMillis(),
				plan.jitterMillis(), plan.ratePerSecond(), plan.phase(), plan.node(), plan.reason(),
				plan.probability(), plan.seed(), plan.body()));
		this.faults.add(fault);
		return fault.view();
	}

	public List<FaultPlan> list() {
		return this.faults.stream().map(ActiveFault::view).toList();
	}

	public boolean remove(String id) {
		return this.faults.removeIf((f) -> f.plan.id().equals(id));
	}

	public void clear() {
		this.faults.clear();
	}

	/** Applies the call faults that match: throttling, then latency, then a canned error. */
	void beforeCall(String operation, String method, String uri) throws InterruptedException {
		for (ActiveFault fault : this.faults) {
			if (fault.kind == ActiveFault.Kind.JOB || fault.exhausted() || !fault.matches(operation, method, uri)) {
				continue;
			}
			switch (fault.kind) {
				case THROTTLE -> {
					if (fault.overRate(this.clock.instant().getEpochSecond()) && fault.take()) {
						throw new FaultException(429, GatewayError.THROTTLED.code(), GatewayError.THROTTLED.message()
								+ ": policy user over ratelimit,limit:" + fault.plan.ratePerSecond().intValue()
								+ ",time:1 second", Refusal.Shape.GATEWAY);
					}
				}
				case LATENCY -> {
					if (fault.take()) {
						Thread.sleep(fault.delayMillis());
					}
				}
				case ERROR -> {
					if (fault.take()) {
						throw new FaultException(fault.plan.status(), fault.plan.errorCode(),
								Objects.requireNonNullElse(fault.plan.message(), "injected fault " + fault.plan.id()),
								fault.shape);
					}
				}
				default -> {
				}
			}
		}
	}

	/**
	 * A job plan's {@code operation} names the job's type (MigrateNode, ScaleupCluster, ...) or the operation of the
	 * call that starts it (CreateNode, AddNode, ...): the job types of the node lifecycle differ from their calls.
	 */
	@Override
	public Optional<JobFailure> failureFor(JobRequest request) {
		String call = CallAttributes.currentOperation();
		for (ActiveFault fault : this.faults) {
			String operation = fault.plan.operation();
			if (fault.kind != ActiveFault.Kind.JOB || fault.exhausted()
					|| (operation != null && !operation.equals(request.type()) && !operation.equals(call))) {
				continue;
			}
			String node = fault.plan.node();
			boolean concerned = node == null
					|| request.subJobResources().contains(node);
			if (concerned && fault.take()) {
				return Optional.of(new JobFailure(fault.phase(),
						Objects.requireNonNullElse(fault.plan.reason(), "injected failure " + fault.plan.id()),
						(node != null) ? Set.of(node) : Set.of()));
			}
		}
		return Optional.empty();
	}

}
