package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;

/**
 * A course in an author's list, without its content or history.
 *
 * @param id the course
 * @param ownerId who created it
 * @param coAuthors who else may edit it
 * @param defaultLanguage the draft's default language
 * @param title the draft's title by language
 * @param publishedVersion the latest published version, 0 before the first
 * @param publishedAt when that version was published
 * @param retiredAt when it left the catalogue, or {@code null}
 * @param revision the stored revision
 */
public record CourseSummary(String id, String ownerId, List<String> coAuthors, String defaultLanguage,
		LocalizedText title, int publishedVersion, Instant publishedAt, Instant retiredAt, long revision) {

	public CourseSummary {
		coAuthors = (coAuthors != null) ? List.copyOf(coAuthors) : List.of();
	}

}
