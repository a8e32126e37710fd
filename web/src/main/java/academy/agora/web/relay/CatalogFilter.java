package academy.agora.web.relay;

import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * What a learner filters the catalogue by; blank values filter nothing.
 *
 * @param language a course language, such as {@code mk}
 * @param topic a topic slug, such as {@code participatory-budgeting}
 * @param q words to search for
 * @param page the page, from 0
 */
public record CatalogFilter(String language, String topic, String q, int page) {

	public static final int PAGE_SIZE = 12;

	public CatalogFilter {
		page = Math.max(0, page);
	}

	Optional<String> languageIfAny() {
		return present(this.language);
	}

	Optional<String> topicIfAny() {
		return present(this.topic);
	}

	Optional<String> queryIfAny() {
		return present(this.q);
	}

	public boolean filtered() {
		return languageIfAny().isPresent() || topicIfAny().isPresent() || queryIfAny().isPresent();
	}

	private static Optional<String> present(String value) {
		return StringUtils.hasText(value) ? Optional.of(value.strip()) : Optional.empty();
	}

}
