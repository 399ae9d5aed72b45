-- The December 2026 review of unit 2794-210 withdrew four items: 210-1-002 and 210-2-027 repeat another item's key
-- idea, 210-2-005's stem gives another item's key away, and 210-3-005 tests a sign of loyalty rather than AC3.1.
-- The reviewed package leaves them out, and an import only adds versions, so a database that held the earlier bank
-- would keep drawing them: retire every version. Past sittings keep them; a database without them is unchanged.
UPDATE item SET status = 'RETIRED'
WHERE unit = '2794-210' AND item_code IN ('210-1-002', '210-2-005', '210-2-027', '210-3-005');
