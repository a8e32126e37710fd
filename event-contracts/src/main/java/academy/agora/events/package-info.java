/**
 * The published language between the Agora Academy services. Records here are the only
 * types that cross a service boundary; each one has a JSON Schema snapshot under
 * {@code schemas/} that {@code SchemaCompatibilityTests} guards.
 */
package academy.agora.events;
