/**
 * Sample courses shipped with the service, so a fresh local installation has something to
 * read: loaded and published at start-up when {@code agora.samples.enabled} is set.
 */
package academy.agora.course.samples;
