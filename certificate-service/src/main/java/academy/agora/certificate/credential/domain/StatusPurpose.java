package academy.agora.certificate.credential.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a status list tells. Each purpose has its own lists, because a bit means one thing
 * only.
 */
public enum StatusPurpose {

	/** The bit is set once a certificate is revoked; revocation is final. */
	REVOCATION("revocation"),

	/**
	 * The bit is set while a certificate is suspended; it is cleared on reinstatement.
	 */
	SUSPENSION("suspension");

	private final String value;

	StatusPurpose(String value) {
		this.value = value;
	}

	/**
	 * The {@code statusPurpose} as the Bitstring Status List specification spells it.
	 * @return the value
	 */
	public String value() {
		return this.value;
	}

	static Optional<StatusPurpose> of(String value) {
		return Arrays.stream(values()).filter((purpose) -> purpose.value.equals(value)).findFirst();
	}

}
