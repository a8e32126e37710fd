/**
 * Malformed-input fuzzing of the services' write endpoints against the running
 * application: {@link academy.agora.testsupport.fuzz.Fuzzer} with
 * {@link academy.agora.testsupport.fuzz.WriteEndpoint}s, and the inputs of
 * {@link academy.agora.testsupport.fuzz.MalformedInputs}.
 */
package academy.agora.testsupport.fuzz;
