-- The bureaus of the Beijing-Tianjin-Hebei platform (notice IV; docs/adr/0030): a mail about a case leaves from the
-- sender of the case's bureau; mails without one leave from qualcat.mail.from as before.
alter table outbound_mail add column sender varchar(300);
