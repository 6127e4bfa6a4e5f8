// Fulltext search over names and aliases, and the range indexes that filters and timelines use.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Station|Organisation|Network|Person|Community|City|Region|Country|Event)
ON EACH [n.name, n.aliasText];
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX station_status IF NOT EXISTS FOR (n:Station) ON (n.status);
CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType);
