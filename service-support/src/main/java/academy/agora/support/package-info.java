/**
 * What every Agora Academy service does the same way, kept in one place so the three
 * services cannot drift apart on reliability or security: the transactional outbox and
 * its relay, CloudEvents on Kafka with dead-lettering, the resource-server defaults and
 * RFC 9457 problem responses, and bulk jobs that report their progress and survive a
 * restart. Nothing here knows a service's domain.
 */
package academy.agora.support;
