package academy.agora.web.coordination;

/**
 * A form that asks only why: completing by attendance, suspending, reinstating or
 * revoking a certificate. The reason is kept with the record it changes.
 *
 * @param reason as typed
 */
public record ReasonForm(String reason) {

	public ReasonForm {
		reason = (reason != null) ? reason : "";
	}

	/**
	 * What is wrong with the reason.
	 * @param maxLength the longest reason the service keeps
	 * @return a message key, or {@code null} if nothing is
	 */
	String problem(int maxLength) {
		if (this.reason.isBlank()) {
			return "coordination.reason.required";
		}
		if (this.reason.strip().length() > maxLength) {
			return "coordination.reason.tooLong";
		}
		return null;
	}

}
