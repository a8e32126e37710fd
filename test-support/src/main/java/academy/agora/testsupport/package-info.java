/**
 * Real Kafka and MongoDB for the services' integration tests and for the local stack, run
 * in-process when no Docker engine is there and as Testcontainers when one is.
 * {@link academy.agora.testsupport.TestInfrastructure} is the one switch tests use.
 */
package academy.agora.testsupport;
