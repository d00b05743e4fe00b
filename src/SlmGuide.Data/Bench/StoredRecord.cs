using System.Text.Json.Nodes;

namespace SlmGuide.Data.Bench;

/// <summary>
/// A record as read, with its JSON as it stands in the file: a rewrite keeps that JSON, so fields
/// a newer version added survive an older version's merge.
/// </summary>
public sealed record StoredRecord(BenchRecord Record, JsonObject Json);
