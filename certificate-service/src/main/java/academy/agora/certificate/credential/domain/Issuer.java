package academy.agora.certificate.credential.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The issuing organisation as an Open Badges 3.0 {@code Profile}.
 *
 * @param id the profile's URL, which is also the {@code iss} of every credential
 * @param name the organisation's name
 * @param url its home page
 */
public record Issuer(String id, String name, String url) {

	public Issuer {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(url, "url");
	}

	/**
	 * The profile as its own JSON-LD document, served at its id.
	 * @return the document
	 */
	public Map<String, Object> profile() {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("@context", AchievementCredentials.CONTEXT);
		profile.putAll(embedded());
		return profile;
	}

	/**
	 * The profile as a credential's {@code issuer}, which takes the credential's context.
	 * @return the object
	 */
	Map<String, Object> embedded() {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", this.id);
		profile.put("type", List.of("Profile"));
		profile.put("name", this.name);
		profile.put("url", this.url);
		return profile;
	}

}
