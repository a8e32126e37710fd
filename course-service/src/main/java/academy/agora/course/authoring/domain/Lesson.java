package academy.agora.course.authoring.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lesson. Its id stays the same across versions so progress can refer to it.
 *
 * @param id a short slug, unique within the course
 * @param title the lesson title by language
 * @param content the lesson text by language, in Markdown
 * @param durationMinutes the estimated reading time, if known
 * @param videoUrl an https link to a video, if any
 * @param resources links for further reading
 * @param translatedFrom for each translation, a fingerprint of the default-language title
 * and content it was made from; a translation whose fingerprint no longer matches is
 * outdated
 */
public record Lesson(String id, LocalizedText title, LocalizedText content, Integer durationMinutes, String videoUrl,
		List<Resource> resources, Map<String, String> translatedFrom) {

	public Lesson {
		title = (title != null) ? title : LocalizedText.empty();
		content = (content != null) ? content : LocalizedText.empty();
		resources = (resources != null) ? List.copyOf(resources) : List.of();
		translatedFrom = (translatedFrom != null) ? Map.copyOf(translatedFrom) : Map.of();
	}

	/**
	 * The languages other than the default that this lesson has any text in.
	 * @param defaultLanguage the course's default language
	 * @return the translations' language tags
	 */
	public Set<String> translations(String defaultLanguage) {
		Set<String> languages = new LinkedHashSet<>(this.title.languages());
		languages.addAll(this.content.languages());
		languages.remove(defaultLanguage);
		return languages;
	}

	/**
	 * Whether a translation was made from an older default-language text than the current
	 * one.
	 * @param language the translation's tag
	 * @param defaultLanguage the course's default language
	 * @return {@code true} if the translation exists and is behind
	 */
	public boolean isOutdated(String language, String defaultLanguage) {
		if (language.equals(defaultLanguage) || !translations(defaultLanguage).contains(language)) {
			return false;
		}
		return !fingerprint(defaultLanguage).equals(this.translatedFrom.get(language));
	}

	/**
	 * This lesson with every translation's fingerprint brought up to date where the
	 * translation itself changed (or is new) since the previous text, and kept where it
	 * did not. A changed default text therefore leaves unchanged translations outdated.
	 * @param previous the same lesson before the edit, or {@code null} if it is new
	 * @param defaultLanguage the course's default language
	 * @return the lesson with its fingerprints
	 */
	Lesson trackTranslations(Lesson previous, String defaultLanguage) {
		String current = fingerprint(defaultLanguage);
		Map<String, String> tracked = new LinkedHashMap<>();
		for (String language : translations(defaultLanguage)) {
			boolean unchanged = previous != null && Objects.equals(previous.title.in(language), this.title.in(language))
					&& Objects.equals(previous.content.in(language), this.content.in(language));
			String kept = (previous != null) ? previous.translatedFrom.get(language) : null;
			tracked.put(language, (unchanged && kept != null) ? kept : current);
		}
		return new Lesson(this.id, this.title, this.content, this.durationMinutes, this.videoUrl, this.resources,
				tracked);
	}

	String fingerprint(String defaultLanguage) {
		String source = Objects.toString(this.title.in(defaultLanguage), "") + "\u0000"
				+ Objects.toString(this.content.in(defaultLanguage), "");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
