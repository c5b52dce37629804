package io.cceemulator.junit;

import java.util.List;

/** A test JVM in miniature for {@link EmulatorProcessTests}: starts an emulator, says which, and waits to be killed. */
final class EmulatorChild {

	private EmulatorChild() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmulatorProcess emulator = EmulatorProcess.start(List.of());
		System.out.println("started " + emulator.pid() + " " + emulator.emulator().baseUrl());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
