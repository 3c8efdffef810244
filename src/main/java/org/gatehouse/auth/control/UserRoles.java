package org.gatehouse.auth.control;

import java.util.Set;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.subject.PrincipalCollection;
import org.gatehouse.users.entity.User;

/**
 * The role of a user principal, answered only for principals the asking realm produced itself (Shiro asks
 * every realm about every subject).
 */
final class UserRoles {

    private UserRoles() {
    }

    static AuthorizationInfo of(PrincipalCollection principals, String realmName) {
        for (Object principal : principals.fromRealm(realmName)) {
            if (principal instanceof User user) {
                return new SimpleAuthorizationInfo(Set.of(user.getRole()));
            }
        }
        return new SimpleAuthorizationInfo();
    }
}
