// Who is the agent in an e-mail: the one place that decides the roles of a message's sender
// and of the people it quotes. Agent addresses are globs ("*@support.acme.com"): those given
// with `--agent-address`, then the RoleClassifier's (the config's `speakers:`).
#pragma once
#include <string>
#include <vector>

#include "input/role_classifier.h"
#include "model/conversation.h"

namespace replylint {

// The sender of a message: agent when linting a draft; else what the agent address globs or
// the speaker patterns say about the From: header; else unknown.
Role emailSenderRole(const std::string& from, bool draft, const std::vector<std::string>& agentGlobs,
                     const RoleClassifier& roles);

// The role of one writer ("Name <addr>", an address or a name): agent when the address matches
// one of `agentGlobs` (`*`, `?`, case-insensitive), else what `roles` says.
Role emailWriterRole(const std::string& who, const std::vector<std::string>& agentGlobs, const RoleClassifier& roles);

// Roles by depth: 0 the sender (role `sender`), 1 the message the sender answers, 2 the one
// before it, …; writers[d] is who the attribution names (may be empty; writers[0] unused). A
// writer the globs or patterns know keeps that role; the others alternate with the nearest
// known one, so depth 1 is the sender's other party. An unknown sender can be told this way.
std::vector<Role> emailTurnRoles(Role sender, const std::vector<std::string>& writers, const std::string& senderFrom,
                              const std::vector<std::string>& agentGlobs, const RoleClassifier& roles);

}  // namespace replylint
