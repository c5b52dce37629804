package io.cceemulator.junit;

import java.util.Map;

/** The emulator's installed fault plans: canned errors, latency, throttling and failing jobs. */
public final class Faults {

	private final AdminClient admin;

	Faults(AdminClient admin) {
		this.admin = admin;
	}

	/** Installs a plan and returns its id. */
	public String add(Fault fault) {
		return add(fault.toJson());
	}

	/**
	 * Installs a plan written as the admin API's JSON, e.g.
	 * {@code {"kind":"error","operation":"MigrateNode","times":1,"status":500,"errorCode":"CCE.01500001"}}, and
	 * returns its id; an invalid plan throws, naming the problem.
	 */
	public String add(String jsonPlan) {
		return Json.string(Json.object(this.admin.send("POST", "/__admin/faults", jsonPlan)).get("id"));
	}

	/** How many more times the fault applies; null for a fault without {@code times}. */
	public Integer remaining(String id) {
		for (Object installed : Json.array(this.admin.get("/__admin/faults"))) {
			Map<String, Object> plan = Json.object(installed);
			if (id.equals(plan.get("id"))) {
				return (plan.get("remaining") instanceof Number remaining) ? remaining.intValue() : null;
			}
		}
		throw new IllegalArgumentException("no fault " + id + " is installed");
	}

	public void remove(String id) {
		this.admin.send("DELETE", "/__admin/faults/" + AdminClient.encode(id), null);
	}

	public void clear() {
		this.admin.send("DELETE", "/__admin/faults", null);
	}

}
