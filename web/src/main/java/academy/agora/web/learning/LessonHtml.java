package academy.agora.web.learning;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Lesson HTML as this origin will serve it. course-service already renders the Markdown
 * and sanitises it with an allow-list; this is a second allow-list at the place where a
 * script would matter, so that a mistake in either one alone lets nothing through.
 */
final class LessonHtml {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img", "span", "div", "sub", "sup", "caption", "col", "colgroup", "cite", "dl", "dt", "dd", "q",
				"small", "u", "i", "b")
		.addTags("del", "hr")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private LessonHtml() {
	}

	static String clean(String html) {
		return (html != null) ? Jsoup.clean(html, ALLOWED) : "";
	}

}
