-- Secrets are sealed by the service (AES-GCM, "aes-gcm:v1:..."); plain whsec_ values from before are sealed
-- at its next start. After a rotation the previous secret keeps signing beside the new one until it expires.
alter table subscription add column previous_secret text;
alter table subscription add column previous_secret_until timestamptz;
comment on column subscription.secret is 'The signing secret, sealed with followup.webhooks.secret-key';
