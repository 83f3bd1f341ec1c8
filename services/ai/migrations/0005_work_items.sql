-- Work items (from work.*): the input of the overdue-work-close-to-the-event rule.
create table work_items (
  work_item_id  text primary key,
  org_id        text not null,
  client_id     text not null,
  event_id      text not null,
  title         text not null,
  status        text not null,
  due_on        text,
  assignee_id   text,
  assignee_role text
);
create index work_items_event on work_items (event_id, status);
