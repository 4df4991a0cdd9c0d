"""The resolve stage: claim parties and list entries -> matches and canonical entities."""
