package academy.agora.certificate.credential.web;

/**
 * No published key has this thumbprint.
 */
class IssuerKeyNotFoundException extends RuntimeException {

	IssuerKeyNotFoundException() {
		super("The issuer has no key with this id. All its keys are listed at /.well-known/jwks.json.");
	}

}
