export default defineBackground(() => {
  // The database, the message protocol and the site switch are wired here (see lib/).
});
