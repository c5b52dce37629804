package io.cceemulator.data;

/** The data file cannot be used; the message says which entry and why. */
public class InvalidDataException extends RuntimeException {

	public InvalidDataException(String message) {
		super(message);
	}

	public InvalidDataException(String message, Throwable cause) {
		super(message, cause);
	}

}
