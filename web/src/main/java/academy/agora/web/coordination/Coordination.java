package academy.agora.web.coordination;

import java.time.ZoneId;

/**
 * What the coordination pages share.
 */
final class Coordination {

	/** Central European Time, as {@code Formats} uses for dates on pages. */
	static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

	/** Ids of cohorts, enrolments, certificates and jobs as the services make them. */
	static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

	private Coordination() {
	}

	static boolean isId(String value) {
		return value != null && ID.matcher(value).matches();
	}

}
