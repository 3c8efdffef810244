package org.gatehouse.invites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.control.PasswordInput;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lifecycle 6.1 without a server: one code, one default account, memberships only where they can be. */
class InvitationsTest {

    private static final String PASSWORD = "newbie-password-2026";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private TestDatabase db;
    private EntityManager em;
    private Invitations invitations;
    private User admin;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        EventLogService log = EventsFixture.eventLog(em, clock);
        invitations = new Invitations();
        invitations.em = em;
        invitations.clock = clock;
        invitations.events = log;
        invitations.directory = UsersFixture.directory(em);
        invitations.users = UsersFixture.userService(em, SettingsFixture.configuration(Map.of(),
                SettingsFixture.overlay(em, clock)), clock, log);
        admin = inTransaction(() -> {
            User user = new User("root", "hash", Role.ADMIN, clock.instant());
            em.persist(user);
            return user;
        });
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void aClaimCreatesOneDefaultUserWithTheMembershipsThatStillExist() {
        int alpha = inTransaction(() -> {
            Workspace workspace = new Workspace("Alpha", "alpha", clock.instant());
            em.persist(workspace);
            return workspace;
        }).getId();
        Invite invite = inTransaction(() -> invitations.create(admin, new NewInvite("[" + alpha + ",9999,\"x\",1.5]")));
        assertEquals("[" + alpha + ",9999,\"x\",1.5]", invite.getWorkspaceIds(), "stored as given");

        Outcome<User> claimed = inTransaction(() -> invitations.accept(claim(invite, "newbie")));
        User newbie = ((Outcome.Done<User>) assertInstanceOf(Outcome.Done.class, claimed)).value();
        assertEquals(Role.DEFAULT.wireName(), newbie.getRole());
        assertEquals(List.of(alpha), em.createQuery("SELECT m.workspaceId FROM WorkspaceUser m WHERE m.userId = :user",
                Integer.class).setParameter("user", newbie.getId()).getResultList());
        assertEquals(Invite.CLAIMED, em.find(Invite.class, invite.getId()).getStatus());
        assertEquals(newbie.getId(), em.find(Invite.class, invite.getId()).getClaimedBy());
        assertEquals(List.of("invite_created {\"inviteCode\":\"" + invite.getCode() + "\",\"createdBy\":\"root\"}",
                "invite_accepted {\"username\":\"newbie\"}"), events());

        assertEquals(Outcome.refused(Invitations.INVALID), inTransaction(() -> invitations.accept(claim(invite, "second"))),
                "one invite, one account");
        assertEquals(Outcome.refused(Invitations.NO_LONGER_VALID), invitations.check(invite.getCode()));
    }

    @Test
    void aRefusedAccountLeavesTheInvitePending() {
        Invite invite = inTransaction(() -> invitations.createByApi(NewInvite.noWorkspaces()));
        assertEquals(0, invite.getCreatedBy());
        assertEquals(Outcome.refused("Username must be at least 2 characters"),
                inTransaction(() -> invitations.accept(claim(invite, "n"))));
        assertEquals(Outcome.done(invite), invitations.check(invite.getCode()), "still pending");
        assertEquals(List.of(), events(), "no event for a developer-API invite or a refused claim");
    }

    @Test
    void disabledAndUnknownCodesCannotBeClaimed() {
        Invite invite = inTransaction(() -> invitations.create(admin, NewInvite.into(List.of(1, 2))));
        assertEquals("[1,2]", invite.getWorkspaceIds());
        assertInstanceOf(Outcome.Done.class, inTransaction(() -> invitations.deactivate(admin, invite.getId())));
        assertEquals(Outcome.refused(Invitations.INVALID), inTransaction(() -> invitations.accept(claim(invite, "newbie"))));
        assertEquals(Outcome.refused(Invitations.INVALID),
                inTransaction(() -> invitations.accept(new InviteClaim("NO-SUCH-CODE", "newbie", PasswordInput.of(PASSWORD)))));
        assertEquals(Outcome.notFound(Invitations.UNKNOWN_CODE), invitations.check("NO-SUCH-CODE"));
        assertEquals(Outcome.notFound(Invitations.NOT_FOUND), inTransaction(() -> invitations.deactivateByApi(9999)));
        assertEquals(0L, em.createQuery("SELECT COUNT(m) FROM WorkspaceUser m", Long.class).getSingleResult());
    }

    @Test
    void theWorkspaceIdsOfAnInviteAreItsWholeNumbersInOrder() {
        assertEquals(List.of(3, 1), Invitations.workspaceIds("[3,\"x\",1.5,1]"));
        assertEquals(List.of(), Invitations.workspaceIds("not json"));
        assertEquals(List.of(), Invitations.workspaceIds("{\"a\":1}"));
        assertEquals(List.of(), Invitations.workspaceIds(null));
    }

    private static InviteClaim claim(Invite invite, String username) {
        return new InviteClaim(invite.getCode(), username, PasswordInput.of(PASSWORD));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }

    /** The events the real event log wrote to the test database. */
    private List<String> events() {
        return EventsFixture.recorded(em, e -> e.getEvent() + " " + e.getMetadata());
    }
}
