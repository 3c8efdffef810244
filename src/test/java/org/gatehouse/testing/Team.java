package org.gatehouse.testing;

/**
 * The cast most tests need: multi-user mode with its first admin, a manager (mia) and a default user
 * (dan), each signed in with a client of their own.
 */
public record Team(Accounts accounts, ApiClient admin, ApiClient manager, int managerId, ApiClient member, int memberId) {

    public static final String MANAGER = "mia";
    public static final String MANAGER_PASSWORD = "mia-password-2026";
    public static final String MEMBER = "dan";
    public static final String MEMBER_PASSWORD = "dan-password-2026";

    /** Switches a fresh instance to multi-user mode and signs the three in. */
    public static Team signIn(ApiClient api, TestControls controls) {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        int managerId = controls.createUser(MANAGER, MANAGER_PASSWORD, "manager", false);
        int memberId = controls.createUser(MEMBER, MEMBER_PASSWORD, "default", false);
        return new Team(accounts,
                api.withToken(accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD)),
                api.withToken(accounts.login(MANAGER, MANAGER_PASSWORD)), managerId,
                api.withToken(accounts.login(MEMBER, MEMBER_PASSWORD)), memberId);
    }
}
