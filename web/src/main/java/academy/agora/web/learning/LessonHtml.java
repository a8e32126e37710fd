package academy.agora.web.learning;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Lesson HTML as this origin will serve it. course-service already renders the Markdown
 * and sanitises it with an allow-list; this is a second allow-list at the place where a
 * script would matter, so that a mistake in either one alone lets nothing through.
 */
public final class LessonHtml {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img", "span", "div", "sub", "sup", "caption", "col", "colgroup", "cite", "dl", "dt", "dd", "q",
				"small", "u", "i", "b")
		.addTags("del", "hr")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private LessonHtml() {
	}

	/**
	 * Cleans the lesson's HTML and fits it under the page's own heading: the page shows
	 * the lesson title as its one {@code h1}, so a heading the text starts with is
	 * dropped and any other {@code h1} becomes an {@code h2}.
	 * @param html the HTML from course-service
	 * @return HTML to put into the page
	 */
	public static String clean(String html) {
		if (html == null) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, ALLOWED));
		Element body = document.body();
		Element first = body.firstElementChild();
		if (first != null && first.nameIs("h1")) {
			first.remove();
		}
		body.select("h1").tagName("h2");
		return body.html();
	}

}
