#!/usr/bin/env bash
# Prints an access token for a user of the Agora Academy identity provider, obtained the
# way a person gets one: the OAuth 2.1 authorization code flow with PKCE (S256), through
# the real login form, with the public client agora-cli. The final redirect to the
# client's loopback callback is only read, never followed: nothing needs to listen there.
#
# Usage:   deploy/get-token.sh USER [PASSWORD]
#          PASSWORD defaults to "demo", the DEMO-ONLY password of the demo accounts
#          (ana, marko, elira, ivana, admin).
# Issuer:  $OAUTH2_ISSUER_URI, default http://localhost:9000
# Example: curl -H "Authorization: Bearer $(deploy/get-token.sh ana)" http://localhost:8081/...
#
# Needs bash, curl, sed, base64 and openssl (or sha256sum and xxd); uses jq when present.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || $1 == -h || $1 == --help ]]; then
	sed -n '2,13s/^# \{0,1\}//p' "$0" >&2
	exit 2
fi

user=$1
password=${2:-demo} # DEMO-ONLY default
issuer=${OAUTH2_ISSUER_URI:-http://localhost:9000}
issuer=${issuer%/}
client_id=agora-cli
redirect_uri=http://127.0.0.1:8400/callback

fail() {
	echo "get-token: $*" >&2
	exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies

# Every request shares the cookie jar (the login session) and sends Accept: text/html,
# as a browser does: that is what makes the authorization endpoint redirect an
# anonymous caller to the login page instead of answering 401.
http() {
	curl --silent --show-error --max-time 30 --cookie "$jar" --cookie-jar "$jar" \
		--header 'Accept: text/html' "$@"
}

base64url() {
	base64 | tr -d '=\n' | tr '+/' '-_'
}

sha256() {
	if command -v openssl >/dev/null 2>&1; then
		openssl dgst -sha256 -binary
	else
		sha256sum | cut -c1-64 | xxd -r -p
	fi
}

# Reads a string member of the flat JSON object of a token response.
json_string() {
	if command -v jq >/dev/null 2>&1; then
		jq -r --arg name "$1" '.[$name] // empty' 2>/dev/null || true
	else
		sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p'
	fi
}

query_parameter() { # NAME URL
	printf '%s\n' "$2" | sed -n 's/.*[?&]'"$1"'=\([^&#]*\).*/\1/p'
}

verifier=$(head -c 32 /dev/urandom | base64url)
challenge=$(printf '%s' "$verifier" | sha256 | base64url)
state=$(head -c 16 /dev/urandom | base64url)

# 1. The authorization request; not signed in yet, so it ends on the login page.
login_page=$work/login.html
login_url=$(http --location --get --output "$login_page" --write-out '%{url_effective}' \
	--data-urlencode response_type=code \
	--data-urlencode "client_id=$client_id" \
	--data-urlencode "redirect_uri=$redirect_uri" \
	--data-urlencode 'scope=openid profile' \
	--data-urlencode "state=$state" \
	--data-urlencode "code_challenge=$challenge" \
	--data-urlencode code_challenge_method=S256 \
	"$issuer/oauth2/authorize") || fail "cannot reach the identity provider at $issuer"
[[ $login_url == */login* ]] || fail "expected the login page, got $login_url"
csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$login_page" | head -n 1)
[[ -n $csrf ]] || fail "no _csrf field on the login page $login_url"

# 2. Sign in; success redirects back to the authorization request.
location=$(http --output /dev/null --write-out '%{redirect_url}' \
	--data-urlencode "username=$user" \
	--data-urlencode "password=$password" \
	--data-urlencode "_csrf=$csrf" \
	"${login_url%%\?*}")
if [[ -z $location || $location == *error* ]]; then
	fail "the identity provider refused the credentials of '$user'"
fi

# 3. Follow the identity provider's redirects until it sends us to the client's callback.
for _ in 1 2 3 4 5 6 7 8 9 10; do
	[[ $location == "$redirect_uri"* ]] && break
	[[ $location == "$issuer"/* ]] || fail "unexpected redirect to $location"
	location=$(http --output /dev/null --write-out '%{redirect_url}' "$location")
done
[[ $location == "$redirect_uri"* ]] || fail "the authorization did not redirect to $redirect_uri"
error=$(query_parameter error "$location")
[[ -z $error ]] || fail "authorization refused: $error"
[[ $(query_parameter state "$location") == "$state" ]] || fail "the state in the callback does not match"
code=$(query_parameter code "$location")
[[ -n $code ]] || fail "no authorization code in $location"

# 4. Exchange the code, proving with the verifier that we started the flow. The code is
# passed as it came (already URL-encoded).
response=$(curl --silent --show-error --max-time 30 \
	--data-urlencode grant_type=authorization_code \
	--data "code=$code" \
	--data-urlencode "redirect_uri=$redirect_uri" \
	--data-urlencode "client_id=$client_id" \
	--data-urlencode "code_verifier=$verifier" \
	"$issuer/oauth2/token") || fail "the token request failed"
access_token=$(printf '%s\n' "$response" | json_string access_token)
[[ -n $access_token ]] || fail "no access token in the token response: $response"
printf '%s\n' "$access_token"
