-- Chats the bot has talked with, and what each chose (the interface
-- language for now; subscriptions and delivery settings join them later).
CREATE TABLE chats (
    chat_id     INTEGER PRIMARY KEY,
    language    TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Follow-up commands too long for a Telegram button's 64-byte callback data:
-- the button carries the row id instead. One row per distinct command.
CREATE TABLE button_commands (
    id          INTEGER PRIMARY KEY,
    command     TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
