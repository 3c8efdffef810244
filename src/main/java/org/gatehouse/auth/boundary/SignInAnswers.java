package org.gatehouse.auth.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.SignIn;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.boundary.UserJson;

/** A sign-in answer in the contract's shapes and statuses (3.3, 3.4, 3.8), for credential and SSO sign-in. */
public final class SignInAnswers {

    private SignInAnswers() {
    }

    /** {@code POST /api/request-token}: refusals answer 200 in multi-user mode, except [005] (403). */
    public static Response credentials(SignIn answer) {
        if (answer instanceof SignIn.SignedIn signedIn) {
            return json(200, signedIn(signedIn));
        }
        if (answer instanceof SignIn.SingleUserSignedIn single) {
            return json(200, WireObject.create().put("valid", true).put("token", single.token())
                    .put("message", (String) null));
        }
        SignIn.Refusal refusal = ((SignIn.Refused) answer).refusal();
        if (refusal == SignIn.Refusal.WRONG_SINGLE_USER_PASSWORD) {
            return refusedWithoutUser(refusal.message());
        }
        return json(refusal == SignIn.Refusal.CREDENTIAL_LOGIN_DISABLED ? 403 : 200, WireObject.create()
                .put("user", (String) null)
                .put("valid", false)
                .put("token", (String) null)
                .put("message", refusal.message()));
    }

    /** {@code GET /api/request-token/sso/simple}: a session, or 401 with the token's problem. */
    public static Response sso(SignIn.SignedIn signedIn) {
        return json(200, signedIn(signedIn));
    }

    public static Response ssoRefused(String message) {
        return refusedWithoutUser(message);
    }

    private static WireObject signedIn(SignIn.SignedIn signedIn) {
        WireObject body = WireObject.create()
                .put("valid", true)
                .putValue("user", UserJson.filtered(signedIn.user(), signedIn.seenRecoveryCodesBefore()))
                .put("token", signedIn.token())
                .put("message", (String) null);
        if (signedIn.recoveryCodes() != null) {
            var codes = Json.createArrayBuilder();
            signedIn.recoveryCodes().forEach(codes::add);
            body.putValue("recoveryCodes", codes.build());
        }
        return body;
    }

    private static Response refusedWithoutUser(String message) {
        return json(401, WireObject.create().put("valid", false).put("token", (String) null).put("message", message));
    }

    private static Response json(int status, WireObject body) {
        return Response.status(status).type(WireObject.JSON_UTF8).entity(body.build()).build();
    }
}
