package org.clubaide.web.api;

/**
 * The examples the OpenAPI document shows, as JSON text: one per transfer record (on its
 * {@code @Schema}) and one per kind of problem. Kept together so that they read as a set and stay
 * consistent (the same identifiers and dates throughout).
 */
final class ApiExamples {

  private ApiExamples() {}

  static final String PROBLEM_400 =
      """
      {
        "type": "urn:clubaide:problem:validation",
        "title": "The request has invalid fields",
        "status": 400,
        "detail": "Correct the fields listed in errors.",
        "instance": "/api/v1/requests",
        "errors": [
          {
            "field": "neededBy",
            "message": "must not be null"
          }
        ]
      }""";

  static final String PROBLEM_401 =
      """
      {
        "type": "urn:clubaide:problem:unauthenticated",
        "title": "Authentication required",
        "status": 401,
        "detail": "Log in to use this part of the service.",
        "instance": "/api/v1/requests"
      }""";

  static final String PROBLEM_403 =
      """
      {
        "type": "urn:clubaide:problem:forbidden",
        "title": "Not allowed",
        "status": 403,
        "detail": "Only the central Service can send a call for help.",
        "instance": "/api/v1/requests/3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13/calls",
        "rule": "R-PRV-3"
      }""";

  static final String PROBLEM_404 =
      """
      {
        "type": "urn:clubaide:problem:not-found",
        "title": "Not found",
        "status": 404,
        "detail": "Help request 3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13 does not exist.",
        "instance": "/api/v1/requests/3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13"
      }""";

  static final String PROBLEM_409 =
      """
      {
        "type": "urn:clubaide:problem:illegal-transition",
        "title": "Not possible in the request's current state",
        "status": 409,
        "detail": "Cannot accept a request that is CLOSED.",
        "instance": "/api/v1/requests/3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13/acceptance",
        "rule": "R-REQ-4"
      }""";

  static final String PROBLEM_415 =
      """
      {
        "type": "urn:clubaide:problem:unsupported-media-type",
        "title": "Unsupported media type",
        "status": 415,
        "detail": "Send the body as application/json.",
        "instance": "/api/v1/requests"
      }""";

  static final String PROBLEM_422 =
      """
      {
        "type": "urn:clubaide:problem:rule-violation",
        "title": "A rule of the service was not met",
        "status": 422,
        "detail": "The date by which help is needed (2020-01-01) is in the past; choose today or a later day.",
        "instance": "/api/v1/requests",
        "rule": "R-REQ-2",
        "errors": [
          {
            "field": "neededBy",
            "message": "The date by which help is needed (2020-01-01) is in the past; choose today or a later day."
          }
        ]
      }""";

  static final String PROBLEM_429 =
      """
      {
        "type": "urn:clubaide:problem:too-many-requests",
        "title": "Too many attempts",
        "status": 429,
        "detail": "Too many logins failed for this login or from this address. Try again after the delay given by Retry-After.",
        "instance": "/api/v1/members/me/password"
      }""";

  static final String CSRF_TOKEN =
      """
      {
        "header": "X-CSRF-Token",
        "token": "N2l6bVh0c2ZqUjN3a0RzcFdJQ3FsZ0h5bGp3cVp6c0k"
      }""";

  static final String REGISTER =
      """
      {
        "firstName": "Alice",
        "lastName": "Martin",
        "organisation": "Atelier Martin",
        "email": "alice@example.org",
        "phone": "+33 6 12 34 56 78",
        "postalAddress": "1 rue de la Paix, 75002 Paris",
        "password": "correct horse battery staple",
        "termsVersion": "V3/2018",
        "termsAccepted": true,
        "visibility": {
          "SKILLS": "MEMBERS"
        }
      }""";

  static final String NEW_REQUEST =
      """
      {
        "title": "Contrat de sous-traitance",
        "description": "Je dois relire un contrat de sous-traitance avant vendredi.",
        "kinds": [
          "INFORMATION",
          "DOCUMENT"
        ],
        "neededBy": "2026-12-20"
      }""";

  static final String ACCEPT =
      """
      {
        "route": "NETWORK",
        "solutionDueOn": "2026-12-15"
      }""";

  static final String TEXT =
      """
      {
        "text": "Le contrat est-il déjà signé ?"
      }""";

  static final String MOVE_DEADLINE =
      """
      {
        "newDate": "2026-12-18",
        "reason": "The expert we found is away until the 17th."
      }""";

  static final String DECISION_DATE =
      """
      {
        "date": "2026-12-05"
      }""";

  static final String SOLUTION =
      """
      {
        "title": "Modèle de contrat",
        "content": "The federation publishes a model subcontracting contract: see its guide, chapter 3."
      }""";

  static final String WITHDRAW =
      """
      {
        "reason": "SOLVED_ELSEWHERE"
      }""";

  static final String POSTPONE =
      """
      {
        "until": "2027-01-15",
        "reason": "The supplier postponed the negotiation."
      }""";

  static final String CLOSE =
      """
      {
        "satisfaction": "SOLVED",
        "comment": "Merci, the model was exactly what I needed."
      }""";

  static final String AMOUNT =
      """
      {
        "amount": "1200.00",
        "currency": "EUR"
      }""";

  static final String ACCEPT_TERMS =
      """
      {
        "termsVersion": "V3/2018"
      }""";

  static final String DESCRIBE_PROFILE =
      """
      {
        "skills": [
          "Comptabilité analytique",
          "Négociation"
        ],
        "hobbies": [
          "Photographie"
        ],
        "particularities": [
          "Bilingue anglais"
        ],
        "offeredToNetwork": true
      }""";

  static final String CORRECT_DETAILS =
      """
      {
        "firstName": "Alice",
        "lastName": "Martin-Durand",
        "organisation": "Atelier Martin",
        "phone": "+33 6 12 34 56 78",
        "postalAddress": "3 rue de la Paix, 75002 Paris"
      }""";

  static final String CHANGE_VISIBILITY =
      """
      {
        "visibility": {
          "SKILLS": "MEMBERS",
          "PHOTO": "SERVICE_ONLY"
        }
      }""";

  static final String PARTICIPANT_REF =
      """
      {
        "kind": "MEMBER",
        "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
      }""";

  static final String CALL_PREVIEW =
      """
      {
        "summary": "A craftsman must review a subcontracting contract before signing it.",
        "wantedSkills": [
          "droit des contrats",
          "négociation"
        ]
      }""";

  static final String NEW_CALL =
      """
      {
        "summary": "A craftsman must review a subcontracting contract before signing it.",
        "wantedSkills": [
          "droit des contrats",
          "négociation"
        ],
        "recipients": [
          {
            "kind": "MEMBER",
            "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
          },
          {
            "kind": "PARTNER",
            "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
          }
        ]
      }""";

  static final String ACCOMPANIMENT =
      """
      {
        "outline": "Two sessions to review the contract clause by clause, then a follow-up call."
      }""";

  static final String INTRODUCE =
      """
      {
        "helper": {
          "kind": "MEMBER",
          "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
        }
      }""";

  static final String RECORD_CONSENT =
      """
      {
        "side": "REQUESTER"
      }""";

  static final String RECORD_REFUSAL =
      """
      {
        "side": "HELPER",
        "channel": "PHONE"
      }""";

  static final String QUOTE_DURATION =
      """
      {
        "amount": 3,
        "unit": "MONTHS"
      }""";

  static final String PROVIDER_REF =
      """
      {
        "kind": "MEMBER",
        "member": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
      }""";

  static final String NEW_QUOTE =
      """
      {
        "title": "Contract review and negotiation support",
        "scope": "Review of the subcontracting contract, two working sessions, support during the negotiation with the client.",
        "usualPrice": {
          "amount": "1200.00",
          "currency": "EUR"
        },
        "memberPrice": {
          "amount": "900.00",
          "currency": "EUR"
        },
        "duration": {
          "amount": 3,
          "unit": "MONTHS"
        },
        "validUntil": "2026-12-31",
        "onBehalfOf": {
          "kind": "MEMBER",
          "member": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
        }
      }""";

  static final String ACCEPT_QUOTE =
      """
      {
        "confirmed": true,
        "noticeVersion": "QUOTE-NOTICE-1"
      }""";

  static final String DECLINE_QUOTE =
      """
      {
        "note": "I found help closer to my workshop."
      }""";

  static final String MEMBER =
      """
      {
        "id": "6b1f2c4e-0a9d-4e3b-8f57-1c2d3e4f5a6b",
        "firstName": "Alice",
        "lastName": "Martin",
        "organisation": "Atelier Martin",
        "email": "alice@example.org",
        "phone": "+33 6 12 34 56 78",
        "postalAddress": "1 rue de la Paix, 75002 Paris",
        "registeredAt": "2026-11-26T09:30:00Z",
        "termsAccepted": [
          "V3/2018"
        ],
        "visibility": {
          "CONTACT_DETAILS": "SERVICE_ONLY",
          "IDENTITY": "SERVICE_ONLY",
          "PHOTO": "SERVICE_ONLY",
          "SKILLS": "MEMBERS"
        },
        "profile": {
          "skills": [
            "Comptabilité analytique",
            "Négociation"
          ],
          "hobbies": [
            "Photographie"
          ],
          "particularities": [
            "Bilingue anglais"
          ],
          "offeredToNetwork": true
        },
        "participation": {
          "status": "ACTIVE",
          "endsOn": "2027-11-26",
          "renewableFrom": "2026-11-26"
        }
      }""";

  static final String PROFILE_DESCRIPTION =
      """
      {
        "skills": [
          "Comptabilité analytique",
          "Négociation"
        ],
        "hobbies": [
          "Photographie"
        ],
        "particularities": [
          "Bilingue anglais"
        ],
        "offeredToNetwork": true
      }""";

  static final String PARTICIPATION =
      """
      {
        "status": "ACTIVE",
        "endsOn": "2027-11-26",
        "renewableFrom": "2026-11-26"
      }""";

  static final String ENDED_PARTICIPATION =
      """
      {
        "endedAt": "2026-11-26T10:15:00Z",
        "withdrawnRequests": [
          "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13"
        ]
      }""";

  static final String ERASURE =
      """
      {
        "member": "6b1f2c4e-0a9d-4e3b-8f57-1c2d3e4f5a6b",
        "erasedNow": true,
        "withdrawnRequests": [
          "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13"
        ],
        "anonymisedRequests": [
          "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13"
        ]
      }""";

  static final String CONSENT_CHANGE =
      """
      {
        "group": "SKILLS",
        "visibility": "MEMBERS",
        "changedAt": "2026-11-26T09:30:00Z",
        "changedBy": "alice@example.org"
      }""";

  static final String CONSENT_HISTORY_PAGE =
      """
      {
        "items": [
          {
            "group": "SKILLS",
            "visibility": "MEMBERS",
            "changedAt": "2026-11-26T09:30:00Z",
            "changedBy": "alice@example.org"
          }
        ],
        "nextCursor": "MA"
      }""";

  static final String MEMBER_PROFILE =
      """
      {
        "id": "6b1f2c4e-0a9d-4e3b-8f57-1c2d3e4f5a6b",
        "visibleGroups": [
          "SKILLS"
        ],
        "profile": {
          "skills": [
            "Comptabilité analytique",
            "Négociation"
          ],
          "hobbies": [
            "Photographie"
          ],
          "particularities": [
            "Bilingue anglais"
          ],
          "offeredToNetwork": true
        }
      }""";

  static final String TERMS =
      """
      {
        "label": "V3/2018",
        "validFrom": "2018-09-16"
      }""";

  static final String TIMELINE_ENTRY =
      """
      {
        "type": "Accepted",
        "occurredAt": "2026-11-26T14:00:00Z",
        "by": "SERVICE",
        "code": "NETWORK",
        "date": "2026-12-15"
      }""";

  static final String SOLUTION_VIEW =
      """
      {
        "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
        "title": "Modèle de contrat",
        "content": "The federation publishes a model subcontracting contract.",
        "proposedAt": "2026-11-27T10:00:00Z",
        "free": true
      }""";

  static final String HELP_REQUEST =
      """
      {
        "id": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
        "title": "Contrat de sous-traitance",
        "description": "Je dois relire un contrat de sous-traitance avant vendredi.",
        "kinds": [
          "DOCUMENT",
          "INFORMATION"
        ],
        "channel": "WEB",
        "neededBy": "2026-12-20",
        "submittedAt": "2026-11-26T09:45:00Z",
        "status": "ACCEPTED",
        "solutionDueOn": "2026-12-15",
        "solutionImmediate": false,
        "nextDeadline": "2026-12-15",
        "overdue": false,
        "solutions": [],
        "timeline": [
          {
            "type": "Submitted",
            "occurredAt": "2026-11-26T09:45:00Z",
            "by": "MEMBER",
            "code": "WEB",
            "date": "2026-12-20"
          },
          {
            "type": "Accepted",
            "occurredAt": "2026-11-26T14:00:00Z",
            "by": "SERVICE",
            "code": "NETWORK",
            "date": "2026-12-15"
          }
        ],
        "allowedActions": [
          "ANSWER_QUESTION",
          "CLOSE",
          "POSTPONE",
          "WITHDRAW"
        ],
        "version": 2
      }""";

  static final String SUMMARY =
      """
      {
        "id": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
        "title": "Contrat de sous-traitance",
        "status": "SUBMITTED",
        "channel": "WEB",
        "submittedAt": "2026-11-26T09:45:00Z",
        "neededBy": "2026-12-20",
        "nextDeadline": "2026-12-20",
        "overdue": false
      }""";

  static final String PAGE =
      """
      {
        "items": [
          {
            "id": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
            "title": "Contrat de sous-traitance",
            "status": "SUBMITTED",
            "channel": "WEB",
            "submittedAt": "2026-11-26T09:45:00Z",
            "neededBy": "2026-12-20",
            "nextDeadline": "2026-12-20",
            "overdue": false
          }
        ],
        "nextCursor": "MjAyNi0xMi0yMHwzZjFjOWE1Mg"
      }""";

  static final String MEMBER_CARD =
      """
      {
        "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f",
        "firstName": "Bruno",
        "lastName": "Petit",
        "organisation": "Petit Conseil",
        "email": "bruno@example.org",
        "phone": "+33 6 98 76 54 32",
        "postalAddress": "8 quai Est, 69001 Lyon",
        "skills": [
          "Droit des contrats"
        ],
        "offeredToNetwork": true,
        "participationEndsOn": "2027-10-01"
      }""";

  static final String MEMBER_PAGE =
      """
      {
        "items": [
          {
            "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f",
            "firstName": "Bruno",
            "lastName": "Petit",
            "organisation": "Petit Conseil",
            "email": "bruno@example.org",
            "phone": "+33 6 98 76 54 32",
            "postalAddress": "8 quai Est, 69001 Lyon",
            "skills": [
              "Droit des contrats"
            ],
            "offeredToNetwork": true,
            "participationEndsOn": "2027-10-01"
          }
        ],
        "nextCursor": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
      }""";

  static final String ANONYMOUS =
      """
      {
        "label": "Member #7F3A0C",
        "kinds": [
          "DOCUMENT",
          "INFORMATION"
        ],
        "neededBy": "2026-12-20",
        "wantedSkills": [
          "droit des contrats",
          "negociation"
        ],
        "summary": "A craftsman must review a subcontracting contract before signing it."
      }""";

  static final String PARTICIPANT =
      """
      {
        "kind": "MEMBER",
        "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
      }""";

  static final String CANDIDATE =
      """
      {
        "participant": {
          "kind": "MEMBER",
          "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
        },
        "overlap": 2,
        "matchedSkills": [
          "droit des contrats",
          "negociation"
        ]
      }""";

  static final String CANDIDATES =
      """
      {
        "items": [
          {
            "participant": {
              "kind": "MEMBER",
              "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "overlap": 2,
            "matchedSkills": [
              "droit des contrats",
              "negociation"
            ]
          },
          {
            "participant": {
              "kind": "PARTNER",
              "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
            },
            "overlap": 1,
            "matchedSkills": [
              "droit des contrats"
            ]
          }
        ]
      }""";

  static final String ANSWER =
      """
      {
        "recipient": {
          "kind": "MEMBER",
          "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
        },
        "type": "ACCOMPANIMENT",
        "answeredAt": "2026-11-28T08:00:00Z",
        "outline": "Two sessions to review the contract clause by clause."
      }""";

  static final String SERVICE_CALL =
      """
      {
        "id": "9d2e4b61-3c7a-4f08-b5e1-7a6c8d9e0f12",
        "requestId": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
        "request": {
          "label": "Member #7F3A0C",
          "kinds": [
            "DOCUMENT",
            "INFORMATION"
          ],
          "neededBy": "2026-12-20",
          "wantedSkills": [
            "droit des contrats",
            "negociation"
          ],
          "summary": "A craftsman must review a subcontracting contract before signing it."
        },
        "sentAt": "2026-11-27T16:00:00Z",
        "status": "OPEN",
        "recipients": [
          {
            "kind": "MEMBER",
            "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
          },
          {
            "kind": "PARTNER",
            "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
          }
        ],
        "answers": [
          {
            "recipient": {
              "kind": "MEMBER",
              "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
            },
            "type": "ACCOMPANIMENT",
            "answeredAt": "2026-11-28T08:00:00Z",
            "outline": "Two sessions to review the contract clause by clause."
          }
        ]
      }""";

  static final String SERVICE_CALL_PAGE =
      """
      {
        "items": [
          {
            "id": "9d2e4b61-3c7a-4f08-b5e1-7a6c8d9e0f12",
            "requestId": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
            "request": {
              "label": "Member #7F3A0C",
              "kinds": [
                "DOCUMENT",
                "INFORMATION"
              ],
              "neededBy": "2026-12-20",
              "wantedSkills": [
                "droit des contrats",
                "negociation"
              ],
              "summary": "A craftsman must review a subcontracting contract before signing it."
            },
            "sentAt": "2026-11-27T16:00:00Z",
            "status": "OPEN",
            "recipients": [
              {
                "kind": "MEMBER",
                "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
              },
              {
                "kind": "PARTNER",
                "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
              }
            ],
            "answers": [
              {
                "recipient": {
                  "kind": "MEMBER",
                  "id": "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"
                },
                "type": "ACCOMPANIMENT",
                "answeredAt": "2026-11-28T08:00:00Z",
                "outline": "Two sessions to review the contract clause by clause."
              }
            ]
          }
        ]
      }""";

  static final String CALL =
      """
      {
        "id": "9d2e4b61-3c7a-4f08-b5e1-7a6c8d9e0f12",
        "request": {
          "label": "Member #7F3A0C",
          "kinds": [
            "DOCUMENT",
            "INFORMATION"
          ],
          "neededBy": "2026-12-20",
          "wantedSkills": [
            "droit des contrats",
            "negociation"
          ],
          "summary": "A craftsman must review a subcontracting contract before signing it."
        },
        "sentAt": "2026-11-27T16:00:00Z",
        "status": "OPEN",
        "yourAnswer": {
          "type": "ACCOMPANIMENT",
          "answeredAt": "2026-11-28T08:00:00Z",
          "outline": "Two sessions to review the contract clause by clause."
        }
      }""";

  static final String CALL_PAGE =
      """
      {
        "items": [
          {
            "id": "9d2e4b61-3c7a-4f08-b5e1-7a6c8d9e0f12",
            "request": {
              "label": "Member #7F3A0C",
              "kinds": [
                "DOCUMENT",
                "INFORMATION"
              ],
              "neededBy": "2026-12-20",
              "wantedSkills": [
                "droit des contrats",
                "negociation"
              ],
              "summary": "A craftsman must review a subcontracting contract before signing it."
            },
            "sentAt": "2026-11-27T16:00:00Z",
            "status": "OPEN",
            "yourAnswer": {
              "type": "ACCOMPANIMENT",
              "answeredAt": "2026-11-28T08:00:00Z",
              "outline": "Two sessions to review the contract clause by clause."
            }
          }
        ],
        "nextCursor": "MjAyNi0xMS0yN1QxNjowMDowMFp8OWQyZTRiNjE"
      }""";

  static final String CONSENT =
      """
      {
        "givenAt": "2026-11-29T09:00:00Z",
        "channel": "WEB"
      }""";

  static final String CONTACT =
      """
      {
        "email": "bruno@example.org",
        "phone": "+33 6 98 76 54 32",
        "postalAddress": "8 quai Est, 69001 Lyon"
      }""";

  static final String INTRODUCTION =
      """
      {
        "id": "c4a7e2d9-5b31-4e6f-9a08-2d1b3c4e5f60",
        "proposedAt": "2026-11-28T11:00:00Z",
        "yourSide": "REQUESTER",
        "yourRequest": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
        "outcome": "AGREED",
        "yourConsent": {
          "givenAt": "2026-11-29T09:00:00Z",
          "channel": "WEB"
        },
        "otherSideContact": {
          "email": "bruno@example.org",
          "phone": "+33 6 98 76 54 32",
          "postalAddress": "8 quai Est, 69001 Lyon"
        }
      }""";

  static final String INTRODUCTION_PAGE =
      """
      {
        "items": [
          {
            "id": "c4a7e2d9-5b31-4e6f-9a08-2d1b3c4e5f60",
            "proposedAt": "2026-11-28T11:00:00Z",
            "yourSide": "HELPER",
            "yourCall": "9d2e4b61-3c7a-4f08-b5e1-7a6c8d9e0f12",
            "outcome": "AWAITING_YOUR_ANSWER"
          }
        ]
      }""";

  static final String INTRODUCTION_ACTION =
      """
      {
        "id": "c4a7e2d9-5b31-4e6f-9a08-2d1b3c4e5f60",
        "action": "CONSENT_RECORDED",
        "side": "REQUESTER",
        "channel": "EMAIL"
      }""";

  static final String MONEY =
      """
      {
        "amount": "1200.00",
        "currency": "EUR"
      }""";

  static final String DURATION =
      """
      {
        "amount": 3,
        "unit": "MONTHS",
        "text": "3 months"
      }""";

  static final String NOTICE =
      """
      {
        "version": "QUOTE-NOTICE-1",
        "text": "By accepting this quote you enter into a contract with the provider alone. Le Club Aide is only an intermediary: it is not a party to that contract and is not liable for any dispute about it, which you and the provider settle between you."
      }""";

  static final String QUOTE =
      """
      {
        "id": "e8b3d1f4-7c2a-4b95-8e06-3f4a5b6c7d80",
        "requestId": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
        "title": "Contract review and negotiation support",
        "scope": "Review of the subcontracting contract, two working sessions, support during the negotiation.",
        "providerKind": "MEMBER",
        "usualPrice": {
          "amount": "1200.00",
          "currency": "EUR"
        },
        "memberPrice": {
          "amount": "900.00",
          "currency": "EUR"
        },
        "saving": {
          "amount": "300.00",
          "currency": "EUR"
        },
        "savingPercent": 25.00,
        "duration": {
          "amount": 3,
          "unit": "MONTHS",
          "text": "3 months"
        },
        "validUntil": "2026-12-31",
        "proposedAt": "2026-11-30T10:00:00Z",
        "status": "PROPOSED"
      }""";

  static final String QUOTE_PAGE =
      """
      {
        "items": [
          {
            "id": "e8b3d1f4-7c2a-4b95-8e06-3f4a5b6c7d80",
            "requestId": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
            "title": "Contract review and negotiation support",
            "scope": "Review of the subcontracting contract, two working sessions, support during the negotiation.",
            "providerKind": "MEMBER",
            "usualPrice": {
              "amount": "1200.00",
              "currency": "EUR"
            },
            "memberPrice": {
              "amount": "900.00",
              "currency": "EUR"
            },
            "saving": {
              "amount": "300.00",
              "currency": "EUR"
            },
            "savingPercent": 25.00,
            "duration": {
              "amount": 3,
              "unit": "MONTHS",
              "text": "3 months"
            },
            "validUntil": "2026-12-31",
            "proposedAt": "2026-11-30T10:00:00Z",
            "status": "PROPOSED"
          }
        ]
      }""";

  static final String COMPARISON_ROW =
      """
      {
        "quoteId": "e8b3d1f4-7c2a-4b95-8e06-3f4a5b6c7d80",
        "title": "Contract review and negotiation support",
        "providerKind": "MEMBER",
        "usualPrice": {
          "amount": "1200.00",
          "currency": "EUR"
        },
        "memberPrice": {
          "amount": "900.00",
          "currency": "EUR"
        },
        "saving": {
          "amount": "300.00",
          "currency": "EUR"
        },
        "savingPercent": 25.00,
        "duration": {
          "amount": 3,
          "unit": "MONTHS",
          "text": "3 months"
        },
        "validUntil": "2026-12-31",
        "status": "PROPOSED",
        "expired": false
      }""";

  static final String COMPARISON =
      """
      {
        "requestId": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
        "sortedBy": "MEMBER_PRICE",
        "direction": "ASCENDING",
        "singleCurrency": true,
        "currencies": [
          "EUR"
        ],
        "rows": [
          {
            "quoteId": "e8b3d1f4-7c2a-4b95-8e06-3f4a5b6c7d80",
            "title": "Contract review and negotiation support",
            "providerKind": "MEMBER",
            "usualPrice": {
              "amount": "1200.00",
              "currency": "EUR"
            },
            "memberPrice": {
              "amount": "900.00",
              "currency": "EUR"
            },
            "saving": {
              "amount": "300.00",
              "currency": "EUR"
            },
            "savingPercent": 25.00,
            "duration": {
              "amount": 3,
              "unit": "MONTHS",
              "text": "3 months"
            },
            "validUntil": "2026-12-31",
            "status": "PROPOSED",
            "expired": false
          },
          {
            "quoteId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e",
            "title": "Legal accompaniment",
            "providerKind": "PARTNER",
            "usualPrice": {
              "amount": "2000.00",
              "currency": "EUR"
            },
            "memberPrice": {
              "amount": "1500.00",
              "currency": "EUR"
            },
            "saving": {
              "amount": "500.00",
              "currency": "EUR"
            },
            "savingPercent": 25.00,
            "duration": {
              "amount": 6,
              "unit": "WEEKS",
              "text": "6 weeks"
            },
            "validUntil": "2026-12-20",
            "status": "PROPOSED",
            "expired": false
          }
        ],
        "notice": {
          "version": "QUOTE-NOTICE-1",
          "text": "By accepting this quote you enter into a contract with the provider alone. Le Club Aide is only an intermediary: it is not a party to that contract and is not liable for any dispute about it, which you and the provider settle between you."
        }
      }""";

  static final String DATA_EXPORT =
      """
      {
        "exportedAt": "2026-12-01T08:00:00Z",
        "member": "6b1f2c4e-0a9d-4e3b-8f57-1c2d3e4f5a6b",
        "firstName": "Alice",
        "lastName": "Martin",
        "organisation": "Atelier Martin",
        "email": "alice@example.org",
        "phone": "+33 6 12 34 56 78",
        "postalAddress": "1 rue de la Paix, 75002 Paris",
        "registeredAt": "2026-11-26T09:30:00Z",
        "participationStatus": "ACTIVE",
        "participationEndsOn": "2027-11-26",
        "erased": false,
        "profile": {
          "skills": [
            "Comptabilité analytique",
            "Négociation"
          ],
          "hobbies": [
            "Photographie"
          ],
          "particularities": [
            "Bilingue anglais"
          ],
          "offeredToNetwork": true
        },
        "visibility": {
          "CONTACT_DETAILS": "SERVICE_ONLY",
          "IDENTITY": "SERVICE_ONLY",
          "PHOTO": "SERVICE_ONLY",
          "SKILLS": "MEMBERS"
        },
        "termsAcceptances": [
          {
            "version": "V3/2018",
            "acceptedAt": "2026-11-26T09:30:00Z",
            "channel": "WEB"
          }
        ],
        "consentHistory": [
          {
            "group": "SKILLS",
            "visibility": "MEMBERS",
            "changedAt": "2026-11-26T09:30:00Z",
            "changedBy": "alice@example.org"
          }
        ],
        "networkOfferHistory": [
          {
            "offered": true,
            "changedAt": "2026-11-26T09:40:00Z",
            "changedBy": "alice@example.org"
          }
        ],
        "requests": [
          {
            "id": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
            "channel": "WEB",
            "title": "Contrat de sous-traitance",
            "description": "Je dois relire un contrat de sous-traitance avant vendredi.",
            "kinds": [
              "DOCUMENT",
              "INFORMATION"
            ],
            "neededBy": "2026-12-20",
            "submittedAt": "2026-11-26T09:45:00Z",
            "status": "CLOSED",
            "solutionDueOn": "2026-12-15",
            "satisfaction": "SOLVED",
            "solutions": [],
            "timeline": [
              {
                "type": "Submitted",
                "occurredAt": "2026-11-26T09:45:00Z",
                "by": "MEMBER",
                "code": "WEB",
                "date": "2026-12-20"
              }
            ]
          }
        ],
        "quotesReceived": [
          {
            "id": "e8b3d1f4-7c2a-4b95-8e06-3f4a5b6c7d80",
            "requestId": "3f1c9a52-8d0e-4b7a-9c61-2e5d7f0a4b13",
            "providerKind": "MEMBER",
            "title": "Contract review and negotiation support",
            "scope": "Review of the subcontracting contract.",
            "usualPrice": {
              "amount": "1200.00",
              "currency": "EUR"
            },
            "memberPrice": {
              "amount": "900.00",
              "currency": "EUR"
            },
            "duration": {
              "amount": 3,
              "unit": "MONTHS",
              "text": "3 months"
            },
            "validUntil": "2026-12-31",
            "proposedAt": "2026-11-30T10:00:00Z",
            "status": "ACCEPTED",
            "acceptedAt": "2026-11-30T18:00:00Z"
          }
        ]
      }""";

  // Administration of logins and partners (R-PRV-3, R-NET-1).

  static final String NEW_STAFF_LOGIN =
      """
      {
        "login": "claire.agent@clubaide.example",
        "roles": ["AGENT"],
        "password": "an initial passphrase to change"
      }""";

  static final String NEW_PARTNER_LOGIN =
      """
      {
        "login": "contact@rhone-expertise.example",
        "password": "an initial passphrase to change"
      }""";

  static final String ROLE_CHANGE =
      """
      {
        "roles": ["AGENT", "ADMIN"]
      }""";

  static final String LOGIN =
      """
      {
        "login": "claire.agent@clubaide.example",
        "roles": ["AGENT"],
        "member": false,
        "staff": true,
        "enabled": true,
        "createdAt": "2026-03-10T08:15:30Z",
        "disabledAt": null
      }""";

  static final String LOGIN_PAGE =
      """
      {
        "items": [
          {
            "login": "admin",
            "roles": ["ADMIN", "AGENT"],
            "member": false,
            "staff": true,
            "enabled": true,
            "createdAt": "2026-03-01T07:00:00Z",
            "disabledAt": null
          },
          {
            "login": "alice@example.org",
            "roles": ["MEMBER"],
            "member": true,
            "staff": false,
            "enabled": false,
            "createdAt": "2026-03-02T09:30:00Z",
            "disabledAt": "2026-03-20T16:45:00Z"
          }
        ],
        "nextCursor": "YWxpY2VAZXhhbXBsZS5vcmc"
      }""";

  static final String NEW_PARTNER =
      """
      {
        "name": "Cabinet Rhône Expertise",
        "email": "contact@rhone-expertise.example",
        "phone": "+33 4 72 00 00 00",
        "postalAddress": "3 quai Perrache, 69002 Lyon",
        "skills": ["comptabilité", "droit social"]
      }""";

  static final String PARTNER_ACTIVITY =
      """
      {
        "active": false
      }""";

  static final String PARTNER =
      """
      {
        "id": "7c1e9b30-2f4a-4d61-8e5b-0a9d3c2f1e47",
        "name": "Cabinet Rhône Expertise",
        "login": "contact@rhone-expertise.example",
        "email": "contact@rhone-expertise.example",
        "phone": "+33 4 72 00 00 00",
        "postalAddress": "3 quai Perrache, 69002 Lyon",
        "skills": ["comptabilité", "droit social"],
        "active": true
      }""";

  static final String PARTNER_PAGE =
      """
      {
        "items": [
          {
            "id": "7c1e9b30-2f4a-4d61-8e5b-0a9d3c2f1e47",
            "name": "Cabinet Rhône Expertise",
            "login": null,
            "email": "contact@rhone-expertise.example",
            "phone": "+33 4 72 00 00 00",
            "postalAddress": "3 quai Perrache, 69002 Lyon",
            "skills": ["comptabilité", "droit social"],
            "active": true
          }
        ],
        "nextCursor": null
      }""";
}
