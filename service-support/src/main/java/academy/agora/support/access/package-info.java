/**
 * The permission model every service enforces: who someone is ({@link Viewer}), what
 * their roles let them do ({@link Role}), and whose data a member of staff may see and
 * act on ({@link Scope}). Plain Java, so that the services' domains can use it; reading
 * it from a token is {@code academy.agora.support.security.Viewers}. docs/permissions.md
 * is the matrix this enforces.
 */
package academy.agora.support.access;
