namespace PolicyArchive.Migrations.PostgreSQL;

/// <summary>How a change-log entry gets its number on PostgreSQL, in the writing transaction:
/// 1. the transaction takes a transaction id first (pg_current_xact_id), and only then a number from the sequence: a reader
///    that sees a gap can wait for exactly the transactions running at that moment (PostgresInFlightTransactions), as one of
///    them holds the missing number;
/// 2. pg_notify on <see cref="PostgresStore.ChangeChannel"/>, delivered when the transaction commits (never if it rolls back),
///    wakes every node's indexer at once. Identical notifications of one transaction are folded into one.</summary>
public static class ChangeLogTrigger
{
    public const string Create = """
        CREATE SEQUENCE "ChangeLog_Sequence_seq" AS bigint OWNED BY "ChangeLog"."Sequence";

        CREATE FUNCTION archive_change_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_current_xact_id();
            NEW."Sequence" := nextval('"ChangeLog_Sequence_seq"');
            PERFORM pg_notify('archive_changes', '');
            RETURN NEW;
        END $$;

        CREATE TRIGGER "ChangeLog_stamp" BEFORE INSERT ON "ChangeLog"
            FOR EACH ROW EXECUTE FUNCTION archive_change_log_stamp();
        """;

    public const string Drop = "DROP FUNCTION IF EXISTS archive_change_log_stamp();";
}
