-- access: an API token ends. A client's token works until expires_at (hearth.api.token-lifetime after it was issued,
-- a year by default); the administrator then adds the client again and revokes the old one. Tokens issued before this
-- migration get a year from their creation, and at least 90 days from now so no feed stops on the day of an upgrade.
ALTER TABLE api_client ADD COLUMN expires_at TIMESTAMPTZ;
UPDATE api_client SET expires_at = greatest(created_at + interval '1 year', now() + interval '90 days');
ALTER TABLE api_client ALTER COLUMN expires_at SET NOT NULL;
