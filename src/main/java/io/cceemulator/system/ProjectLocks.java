package io.cceemulator.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One lock per project around the writes that touch several nodes at once (accepting a migration, finishing one,
 * an admin change), so a call takes all its nodes or none and writes of one project never interleave. Projects
 * never wait for each other; only a whole-state replacement (data load, reset) waits for, and holds off, them all.
 * Reads take no lock.
 */
@Component
public class ProjectLocks {

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final ReentrantReadWriteLock world = new ReentrantReadWriteLock();

	public <T> T withLock(String projectId, Supplier<T> work) {
		this.world.readLock().lock();
		try {
			ReentrantLock lock = this.locks.computeIfAbsent(projectId, (p) -> new ReentrantLock());
			lock.lock();
			try {
				return work.get();
			}
			finally {
				lock.unlock();
			}
		}
		finally {
			this.world.readLock().unlock();
		}
	}

	/** Runs {@code work} while no project is being written to. */
	public void exclusively(Runnable work) {
		this.world.writeLock().lock();
		try {
			work.run();
		}
		finally {
			this.world.writeLock().unlock();
		}
	}

}
