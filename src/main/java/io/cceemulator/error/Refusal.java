package io.cceemulator.error;

import org.springframework.http.HttpStatus;

/**
 * Every way the emulator says no, one record per body shape the cloud (or the admin API) answers in. The
 * {@link ErrorWriter} turns each into its response; nothing else writes an error body.
 */
public sealed interface Refusal {

	int status();

	/** The code the journal and the metrics record: CCE's {@code errorCode}, the gateway's or IAM's {@code error_code}. */
	String code();

	String message();

	/** CCE's hybrid Kubernetes Status body. @param rule the business rule that refused, or null */
	record Cce(CceError error, String message, String rule) implements Refusal {

		@Override
		public int status() {
			return this.error.status().value();
		}

		@Override
		public String code() {
			return this.error.errorCode();
		}

	}

	/** The API gateway's body. */
	record Gateway(GatewayError error, String message) implements Refusal {

		@Override
		public int status() {
			return this.error.status().value();
		}

		@Override
		public String code() {
			return this.error.code();
		}

	}

	/**
	 * IAM's body; {@code message} says what was wrong, for the log only, and {@code text} is what IAM answers: its
	 * table text, with the parameter filled in where the text names one.
	 */
	record Iam(IamError error, String message, String text) implements Refusal {

		public Iam(IamError error, String message) {
			this(error, message, error.message());
		}

		@Override
		public int status() {
			return this.error.status().value();
		}

		@Override
		public String code() {
			return this.error.code();
		}

	}

	/** The admin API's own body. */
	record Admin(HttpStatus httpStatus, String message) implements Refusal {

		@Override
		public int status() {
			return this.httpStatus.value();
		}

		@Override
		public String code() {
			return this.httpStatus.name();
		}

	}

	/** Any status and code a fault plan asked for, in the body shape it names. */
	record Planned(int status, String code, String message, Shape shape) implements Refusal {
	}

	/** The body shapes a planned fault can answer in. */
	enum Shape {

		CCE, GATEWAY, IAM;

		/** The shape a code's family answers in, for a plan that names none. */
		public static Shape of(String code) {
			if (code.startsWith("APIGW.") || code.startsWith("APIG.")) {
				return GATEWAY;
			}
			return code.startsWith("IAM.") ? IAM : CCE;
		}

	}

}
