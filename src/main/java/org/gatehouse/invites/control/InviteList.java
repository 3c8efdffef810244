package org.gatehouse.invites.control;

import java.util.List;
import java.util.Map;
import org.gatehouse.invites.entity.Invite;

/** Every invite in id order, with the usernames of their creators and claimers that still exist. */
public record InviteList(List<Invite> invites, Map<Integer, String> usernames) {
}
