package academy.agora.support.access;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the platform spells the places people work in, so that a token, a stored enrolment
 * or certificate, and a scope always compare the same way. Identity providers send empty
 * claims for "none", and people type municipalities in any case.
 */
public final class Places {

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

	private Places() {
	}

	/**
	 * A municipality as kept: stripped, {@code null} for none.
	 * @param name the name as given
	 * @return the name, or {@code null}
	 */
	public static String municipality(String name) {
		return (name != null && !name.isBlank()) ? name.strip() : null;
	}

	/**
	 * A country as kept: its ISO 3166-1 alpha-2 code in upper case, {@code null} for none
	 * or for anything that is not such a code.
	 * @param code the code as given
	 * @return the code, or {@code null}
	 */
	public static String country(String code) {
		String upper = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : "";
		return COUNTRY_CODE.matcher(upper).matches() ? upper : null;
	}

	/**
	 * Whether two municipalities are the same, ignoring case and surrounding spaces; none
	 * is never the same as anything.
	 * @param a one
	 * @param b the other
	 * @return {@code true} if both name the same municipality
	 */
	public static boolean sameMunicipality(String a, String b) {
		String first = municipality(a);
		String second = municipality(b);
		return first != null && second != null
				&& first.toLowerCase(Locale.ROOT).equals(second.toLowerCase(Locale.ROOT));
	}

}
