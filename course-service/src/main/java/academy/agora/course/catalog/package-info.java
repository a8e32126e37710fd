/**
 * What signed-in users may take: the latest published version of every course.
 */
package academy.agora.course.catalog;
