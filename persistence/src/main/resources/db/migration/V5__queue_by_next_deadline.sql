-- Club Aide schema, version 5: the agent queue reads only the page it shows (R-REQ-4).
-- Portable SQL for H2 2.x and PostgreSQL 15.

-- Open requests, and only they, have a next deadline: the queue is the requests that have one, by
-- deadline then identifier, which this index holds in order. The former index, led by the status,
-- made the database gather and sort every open request for each page of the queue.
CREATE INDEX ix_help_request_next_deadline ON help_request (next_deadline, id);
DROP INDEX ix_help_request_queue;
