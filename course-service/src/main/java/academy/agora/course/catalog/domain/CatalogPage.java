package academy.agora.course.catalog.domain;

import java.util.List;

import academy.agora.course.authoring.domain.CourseListing;

/**
 * One page of catalogue results.
 *
 * @param items the courses on this page
 * @param page the page, from 0
 * @param size the page size asked for
 * @param totalItems how many courses match in all
 */
public record CatalogPage(List<CourseListing> items, int page, int size, long totalItems) {
}
