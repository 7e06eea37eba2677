-- Thirteenth version: a unit's leaf amounts are added up by one query (LeafAmounts), which consolidation stores
-- and the checks compare; the view that did it for consolidation alone, beside a second sum in the checks, goes.
DROP VIEW pending_leaf_amount;
