package academy.agora.certificate.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.rendering.CertificateLabels;

import org.springframework.web.util.HtmlUtils;

/**
 * The public verification page, as plain HTML without scripts, in the certificate's
 * language or the one picked from the language switch.
 * <p>
 * Written by hand rather than with a template engine: the page is small and fixed, and
 * {@link #append} is the only way a value gets into it, always escaped, so a name such as
 * {@code <script>} stays text.
 */
final class VerificationPage {

	/** The page's languages, as the language switch lists them. */
	static final List<String> LANGUAGES = List.of("en", "sq", "mk", "sr-Latn", "sr-Cyrl", "bs", "hr", "sl", "bg", "ro",
			"el", "tr", "lt");

	private static final String CSS = """
			body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;\
			max-width:40rem;margin:0 auto;padding:1rem}
			nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem;font-size:.9rem}
			nav a[aria-current]{font-weight:bold;color:inherit;text-decoration:none}
			h1{font-size:1.4rem}
			h2{font-size:1.15rem}
			.status{font-size:1.2rem;padding:1rem;border:4px solid;border-radius:.5rem}
			.status strong{display:block;font-size:1.6rem}
			.valid{background:#e6f4ea;border-color:#1e7e34;color:#0f5323}
			.suspended{background:#fff4d6;border-color:#b7791f;color:#5c3c03}
			.revoked,.superseded{background:#fdeaea;border-color:#c0392b;color:#7b1c13}
			dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem}
			dt{font-weight:bold}
			dd{margin:0;overflow-wrap:anywhere}
			@media (max-width:30rem){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.6rem}}
			@media print{nav{display:none}body{max-width:none}}
			""";

	/**
	 * Nothing may load, run, submit or frame the page; only its one style element
	 * applies, named by its hash rather than allowing any inline style.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS)
			+ "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private VerificationPage() {
	}

	/**
	 * The page of a code: its status and what the certificate printed under it states.
	 * @param statement what the code states
	 * @param lang the language asked for, one of {@link #LANGUAGES}; anything else means
	 * the certificate's
	 * @return the page
	 */
	static String of(Certificate.Statement statement, String lang) {
		Certificate certificate = statement.certificate();
		Optional<String> requested = supported(lang);
		String certificateLanguage = (certificate.language() != null) ? certificate.language() : "en";
		CertificateLabels labels = CertificateLabels
			.forLanguage(Locale.forLanguageTag(requested.orElse(certificateLanguage)));
		StringBuilder html = start(labels, labels.get("verification") + " – " + statement.verificationCode());
		append(html, "<h1>{}</h1>\n", labels.get("verification"));
		status(html, statement, labels);
		append(html, "<h2>{}</h2>\n<dl>\n", labels.get("title"));
		if (statement.learnerName() != null) {
			field(html, labels.get("learner"), statement.learnerName());
		}
		// The title in the language picked if the course has one, else as printed. It is
		// marked with its language, which may not be the page's, for screen readers.
		Optional<String> translated = requested.filter(certificate.courseTitles()::containsKey);
		String title = translated.map(certificate.courseTitles()::get).orElse(certificate.courseTitle());
		String titleLanguage = translated.orElse(certificate.language());
		if (titleLanguage != null) {
			append(html, "<dt>{}</dt><dd lang=\"{}\">{}</dd>\n", labels.get("course"), titleLanguage, title);
		}
		else {
			field(html, labels.get("course"), title);
		}
		field(html, labels.get("version"), Integer.toString(certificate.courseVersion()));
		if (certificate.estimatedHours() != null) {
			field(html, labels.get("hours"), certificate.estimatedHours().toString());
		}
		field(html, labels.get("completedOn"), date(labels, certificate.completedAt()));
		field(html, labels.get("issuedBy"), certificate.issuer());
		field(html, labels.get("verificationCode"), statement.verificationCode());
		field(html, labels.get("issuedOn"), date(labels, statement.issuedAt()));
		html.append("</dl>\n");
		return end(html);
	}

	/**
	 * The page of a code no certificate has.
	 * @param lang the language asked for, one of {@link #LANGUAGES}; anything else means
	 * English
	 * @return the page
	 */
	static String unknownCode(String lang) {
		CertificateLabels labels = CertificateLabels.forLanguage(Locale.forLanguageTag(supported(lang).orElse("en")));
		StringBuilder html = start(labels, labels.get("notFound"));
		append(html, "<h1>{}</h1>\n<p>{}</p>\n", labels.get("notFound"), labels.get("unknownCode"));
		return end(html);
	}

	private static void status(StringBuilder html, Certificate.Statement statement, CertificateLabels labels) {
		String standing = statement.standing().name().toLowerCase(Locale.ROOT);
		// An erased learner's certificate is revoked; the reason is what matters to a
		// reader.
		String sentence = (statement.learnerName() == null) ? labels.get("erasedSentence")
				: labels.get(standing + "Sentence").replace("{date}", date(labels, statement.since()));
		// A symbol and a word besides the colour, for those who cannot tell colours
		// apart and for black-and-white print.
		String symbol = switch (statement.standing()) {
			case VALID -> "✓";
			case SUSPENDED -> "!";
			case REVOKED, SUPERSEDED -> "✗";
		};
		append(html, "<p class=\"status {}\"><strong><span aria-hidden=\"true\">{}</span> {}</strong> {}</p>\n",
				standing, symbol, labels.get(standing), sentence);
	}

	private static StringBuilder start(CertificateLabels labels, String title) {
		StringBuilder html = new StringBuilder(4096);
		append(html, """
				<!DOCTYPE html>
				<html lang="{}">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="robots" content="noindex">
				<title>{}</title>
				""", labels.locale().toLanguageTag(), title);
		// The style is markup of our own, not a value.
		html.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
		append(html, "<nav aria-label=\"{}\">\n<ul>\n", labels.get("languages"));
		String current = switchEntry(labels.locale());
		for (String language : LANGUAGES) {
			String name = CertificateLabels.forLanguage(Locale.forLanguageTag(language)).get("languageName");
			append(html,
					language.equals(current)
							? "<li><a href=\"?lang={}\" hreflang=\"{}\" lang=\"{}\" aria-current=\"true\">{}</a></li>\n"
							: "<li><a href=\"?lang={}\" hreflang=\"{}\" lang=\"{}\">{}</a></li>\n",
					language, language, language, name);
		}
		html.append("</ul>\n</nav>\n<main>\n");
		return html;
	}

	private static String end(StringBuilder html) {
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

	private static void field(StringBuilder html, String label, String value) {
		append(html, "<dt>{}</dt><dd>{}</dd>\n", label, value);
	}

	/**
	 * Appends markup, each {@code {}} in it replaced by the next value, escaped: a value
	 * never becomes markup, in text or in a quoted attribute.
	 */
	private static void append(StringBuilder html, String markup, String... values) {
		int from = 0;
		for (String value : values) {
			int at = markup.indexOf("{}", from);
			html.append(markup, from, at).append(HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name()));
			from = at + 2;
		}
		html.append(markup, from, markup.length());
	}

	private static String date(CertificateLabels labels, Instant moment) {
		return labels.date(LocalDate.ofInstant(moment, CertificateLabels.ZONE));
	}

	/** The language asked for, if the page has it. */
	private static Optional<String> supported(String lang) {
		return LANGUAGES.stream().filter((language) -> language.equalsIgnoreCase(lang)).findFirst();
	}

	/** The switch's entry for the language the labels are in, region aside. */
	private static String switchEntry(Locale locale) {
		return LANGUAGES.stream().filter((language) -> {
			Locale entry = Locale.forLanguageTag(language);
			return entry.getLanguage().equals(locale.getLanguage()) && entry.getScript().equals(locale.getScript());
		}).findFirst().orElse("en");
	}

	private static String sha256(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
