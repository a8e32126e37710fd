package academy.agora.course.catalog.domain;

import java.util.Comparator;
import java.util.Locale;

import academy.agora.course.authoring.domain.ContentNotFoundException;
import academy.agora.course.authoring.domain.CourseListing;
import academy.agora.course.authoring.domain.CourseNotFoundException;
import academy.agora.course.authoring.domain.Courses;
import reactor.core.publisher.Mono;

/**
 * The published side of courses. Searches read only the small listing each course keeps
 * of its latest version; a course's versions are read one at a time.
 */
public class Catalog {

	private static final Comparator<CourseListing> BY_TITLE = Comparator
		.comparing((CourseListing listing) -> String.valueOf(listing.title().in(listing.defaultLanguage()))
			.toLowerCase(Locale.ROOT))
		.thenComparing(CourseListing::courseId);

	private final Courses courses;

	public Catalog(Courses courses) {
		this.courses = courses;
	}

	/**
	 * Finds listed courses. The catalogue is small (courses, not learners), so matching
	 * and paging happen here over the listings, which keeps the text search the same on
	 * every MongoDB server.
	 * @param query what to look for
	 * @return the requested page, ordered by title in the default language
	 */
	public Mono<CatalogPage> search(CatalogQuery query) {
		return this.courses.findListed().filter(query::matches).sort(BY_TITLE).collectList().map((matching) -> {
			long from = Math.min((long) query.page() * query.size(), matching.size());
			long to = Math.min(from + query.size(), matching.size());
			return new CatalogPage(matching.subList((int) from, (int) to), query.page(), query.size(), matching.size());
		});
	}

	/**
	 * The latest version of a course in the catalogue.
	 * @param id the course
	 * @return the version, or a {@link CourseNotFoundException} if the course is unknown,
	 * unpublished or retired
	 */
	public Mono<PublishedCourse> latest(String id) {
		return this.courses.findListing(id)
			.flatMap((listing) -> this.courses.findVersion(id, listing.version()))
			.map((version) -> new PublishedCourse(id, version))
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(id)));
	}

	/**
	 * Any published version, also of a retired course: those enrolled keep reading it.
	 * @param id the course
	 * @param number the version
	 * @return the version, or a {@link ContentNotFoundException}
	 */
	public Mono<PublishedCourse> version(String id, int number) {
		return this.courses.findVersion(id, number)
			.map((version) -> new PublishedCourse(id, version))
			.switchIfEmpty(Mono.error(() -> new ContentNotFoundException("version",
					"Course " + id + " has no published version " + number)));
	}

}
