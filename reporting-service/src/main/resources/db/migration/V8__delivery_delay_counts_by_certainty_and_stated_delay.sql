-- The delay counts now leave out TENTATIVE milestones and count stated delays: every delivery is counted
-- again at start (DeliveryDelays.computeMissing).
update delivery_view set development_milestones = null;
