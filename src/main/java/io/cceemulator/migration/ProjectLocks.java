package io.cceemulator.migration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One lock per project around the few writes that touch several nodes at once (accepting a migration, finishing
 * one), so a call takes all its nodes or none. Projects never wait for each other, and reads take no lock.
 */
@Component
class ProjectLocks {

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	<T> T withLock(String projectId, Supplier<T> work) {
		ReentrantLock lock = this.locks.computeIfAbsent(projectId, (p) -> new ReentrantLock());
		lock.lock();
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

}
