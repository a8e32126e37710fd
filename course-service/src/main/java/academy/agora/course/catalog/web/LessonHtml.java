package academy.agora.course.catalog.web;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns lesson Markdown into HTML that is safe to put into a page. Markdown allows raw
 * HTML, and lessons come from many authors, so the rendered HTML always goes through an
 * allow-list: text structure, tables and links (http, https, mailto, never opening a
 * window on our origin); no scripts, event handlers, styles, frames or images.
 */
final class LessonHtml {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.sanitizeUrls(true)
		.build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "em", "strong", "del",
				"blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "a")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,6}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(Pattern.compile("left|center|right"))
		.onElements("th", "td")
		.allowAttributes("class")
		.matching(Pattern.compile("language-[A-Za-z0-9+#_-]{1,32}"))
		.onElements("code")
		.toFactory();

	private LessonHtml() {
	}

	static String render(String markdown) {
		if (markdown == null) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
