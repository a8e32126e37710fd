package academy.agora.web.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The interface languages, found on the classpath: English in
 * {@code messages/web.properties} and one file {@code messages/web_<tag>.properties} per
 * other language, with {@code _} in place of {@code -} ({@code web_sr_Cyrl.properties}).
 * Adding a language is adding its file; its {@code language.name} key is how the language
 * switch names it.
 */
@Component("languages")
public class Languages {

	static final String BUNDLES = "classpath*:messages/web_*.properties";

	private static final Pattern FILE = Pattern.compile("web_([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*)\\.properties");

	public static final Language ENGLISH = new Language("en", Locale.ENGLISH, "English");

	private final List<Language> all;

	public Languages() {
		this(discover());
	}

	Languages(List<Language> others) {
		List<Language> languages = new ArrayList<>();
		languages.add(ENGLISH);
		others.stream()
			.filter((language) -> !language.tag().equals(ENGLISH.tag()))
			.sorted(Comparator.comparing(Language::tag))
			.forEach(languages::add);
		this.all = List.copyOf(languages);
	}

	/**
	 * Every interface language, English first.
	 * @return the languages
	 */
	public List<Language> all() {
		return this.all;
	}

	/**
	 * The interface language that serves a wish best: the same tag; else the same
	 * language and script; else the same language, taking the first of several scripts
	 * (for Serbian that is Cyrillic, its official script).
	 * @param wish a locale asked for, such as {@code sr-RS} or {@code mk}
	 * @return the language, or empty if none is close enough
	 */
	public Optional<Language> match(Locale wish) {
		if (wish == null || wish.getLanguage().isEmpty()) {
			return Optional.empty();
		}
		String tag = wish.toLanguageTag();
		for (Language language : this.all) {
			if (language.tag().equalsIgnoreCase(tag)) {
				return Optional.of(language);
			}
		}
		List<Language> sameLanguage = this.all.stream()
			.filter((language) -> language.language().equals(wish.getLanguage()))
			.toList();
		if (!wish.getScript().isEmpty()) {
			Optional<Language> sameScript = sameLanguage.stream()
				.filter((language) -> language.locale().getScript().equalsIgnoreCase(wish.getScript()))
				.findFirst();
			if (sameScript.isPresent()) {
				return sameScript;
			}
		}
		return sameLanguage.stream().findFirst();
	}

	public Optional<Language> match(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return Optional.empty();
		}
		return match(Locale.forLanguageTag(tag.strip()));
	}

	private static List<Language> discover() {
		List<Language> found = new ArrayList<>();
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
				Matcher file = FILE.matcher(String.valueOf(bundle.getFilename()));
				if (!file.matches()) {
					continue;
				}
				String tag = file.group(1).replace('_', '-');
				Properties messages = new Properties();
				try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					messages.load(reader);
				}
				Locale locale = Locale.forLanguageTag(tag);
				found.add(new Language(locale.toLanguageTag(), locale, messages.getProperty("language.name", tag)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the message bundles", ex);
		}
		return found;
	}

}
